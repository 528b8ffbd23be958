package io.verdict.token;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.robot.RobotIdentity;
import io.verdict.robot.RobotService;
import io.verdict.vocabulary.Names;
import io.verdict.vocabulary.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * API tokens: an admin makes one with a name and a role and sees it once; a call with {@code Authorization: Bearer}
 * acts as {@code token:<name>} with that role until an admin deletes the token, which takes effect on the next call. A
 * token of role {@link Role#ROBOT} is bound to one robot name and acts for that robot only.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class TokenService {

    /** How stale a token's last-used time may be: it is written at most once a minute. */
    static final long LAST_USED_PRECISION_SECONDS = 60;

    /** Calls made with a token act as this prefix and the token's name, e.g. {@code token:nightly-export}. */
    public static final String PRINCIPAL_PREFIX = "token:";

    private static final int LONGEST_TOKEN = 100;

    private static final Logger LOG = Logger.getLogger(TokenService.class.getName());

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    AuditService audit;

    @Inject
    RobotService robots;

    @Resource
    SessionContext session;

    /** A token just made: the stored token and, this once, its secret text. */
    public record Issued(ApiToken token, String secret) {

        /** Never the secret: a record's own toString would print it into any log line that mentions this. */
        @Override
        public String toString() {
            return "token " + token.getName();
        }
    }

    /**
     * Who a valid token's call acts as.
     *
     * @param robot the robot a robot token acts for; null for the people's roles
     */
    public record Identity(String principal, Set<String> roles, String robot) {}

    /** Makes a token; {@code robot} names the robot a robot token acts for, and is refused with any other role. */
    public Issued create(String requestedName, Role role, String robot) {
        String name = Names.require("name", requestedName, "nightly-export");
        if (role == null) {
            throw new InvalidRequestException("role: viewer, operator, admin or robot.");
        }
        String robotName = robotOf(role, robot);
        if (robotName != null) {
            robots.refuseServerNode(robotName);
        }
        if (!em.createQuery("SELECT t.id FROM ApiToken t WHERE t.name = :name", Long.class)
                .setParameter("name", name)
                .getResultList()
                .isEmpty()) {
            throw new ConflictException("A token named " + name + " exists: delete it first, or pick another name.");
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(
                name,
                role,
                TokenSecret.hash(secret),
                robotName,
                session.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(token);
        em.flush();
        audit.record(
                AuditAction.TOKEN_CREATED,
                "token " + name + " (id " + token.getId() + ")",
                "role " + role.roleName() + (robotName == null ? "" : " for robot " + robotName));
        return new Issued(token, secret);
    }

    private static String robotOf(Role role, String robot) {
        if (role != Role.ROBOT) {
            if (robot != null) {
                throw new InvalidRequestException("robot: only a token of role robot acts for a robot.");
            }
            return null;
        }
        if (robot == null) {
            throw new InvalidRequestException("robot: name the robot this token acts for, e.g. win-desk-07.");
        }
        return RobotIdentity.canonical(robot)
                .orElseThrow(() -> new InvalidRequestException("robot: " + RobotIdentity.notAName(robot) + "."));
    }

    /** Every token, oldest first. */
    public List<ApiToken> list() {
        return em.createQuery("SELECT t FROM ApiToken t ORDER BY t.id", ApiToken.class)
                .getResultList();
    }

    /** Deletes the token: the next call that carries it gets 401. */
    public void delete(long id) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token == null) {
            throw new NotFoundException("No token has id " + id + ".");
        }
        em.remove(token);
        audit.record(
                AuditAction.TOKEN_DELETED,
                "token " + token.getName() + " (id " + id + ")",
                "role " + token.getRole().roleName());
    }

    /**
     * Who the token acts as, and notes its use; empty for text that is not a live token. Every API call with a token
     * asks, so the look-up runs without a transaction of its own (one statement rather than four round trips to the
     * database) and the use is written, in one, only when the last one written is older than a minute.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Identity> authenticate(String secret) {
        if (secret == null || !secret.startsWith(TokenSecret.PREFIX) || secret.length() > LONGEST_TOKEN) {
            return Optional.empty();
        }
        return em
                .createQuery("SELECT t FROM ApiToken t WHERE t.tokenHash = :hash", ApiToken.class)
                .setParameter("hash", TokenSecret.hash(secret))
                .getResultList()
                .stream()
                .findFirst()
                .map(token -> {
                    Instant now = Instant.now();
                    if (token.useDue(now)) {
                        noteUseOf(token, now);
                    }
                    return new Identity(
                            PRINCIPAL_PREFIX + token.getName(), token.getRole().grantedRoleNames(), token.getRobot());
                });
    }

    /** Writes the token's use, or says why not: a last-used time that cannot be written fails no call. */
    private void noteUseOf(ApiToken token, Instant now) {
        try {
            session.getBusinessObject(TokenService.class).noteUse(token.getId(), now);
        } catch (EJBException e) {
            LOG.warning(() -> "The last use of token " + token.getName() + " was not written: " + e.getMessage());
        }
    }

    /** Writes the token's use, unless it was deleted meanwhile. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteUse(long id, Instant now) {
        ApiToken token = em.find(ApiToken.class, id);
        if (token != null) {
            token.usedAt(now);
        }
    }
}
