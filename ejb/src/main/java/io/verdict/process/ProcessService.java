package io.verdict.process;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Reads, registers and changes processes. */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class ProcessService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessCatalog catalog;

    @Inject
    AuditService audit;

    /** The deployed processes; one whose job XML is gone keeps its runs but is no longer listed. */
    public List<Process> list() {
        return em.createNamedQuery("Process.findAll", Process.class)
                .getResultStream()
                .filter(process -> catalog.find(process.getName()).isPresent())
                .toList();
    }

    /** Open to Verdict's own callers too, such as the scheduler, which runs as an operator only. */
    @PermitAll
    public Process require(String name) {
        return find(name).orElseThrow(() -> new NotFoundException("No process is named \"" + name + "\"."));
    }

    /** The process, locked until the caller's transaction ends: run numbers are taken one at a time. */
    @PermitAll
    public Process lock(String name) {
        Process process = require(name);
        em.lock(process, LockModeType.PESSIMISTIC_WRITE);
        return process;
    }

    /** The settings a process's handler works with: its job XML's defaults, overridden by what an admin changed. */
    @PermitAll
    public Map<String, String> settings(String name) {
        Map<String, String> settings = new HashMap<>(definition(name).properties());
        settings.putAll(require(name).getSettings());
        return settings;
    }

    @PermitAll
    public ProcessDefinition definition(String name) {
        return catalog.find(name)
                .orElseThrow(() -> new NotFoundException("The job of process \"" + name + "\" is not deployed."));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Process change(String name, ProcessChange change) {
        List<String> problems = new ArrayList<>(change.problems());
        ProcessDefinition definition = definition(name);
        change.settings().keySet().stream()
                .filter(setting -> !definition.changeableSettings().contains(setting))
                .forEach(setting -> problems.add("settings: \"" + setting + "\" is not a setting of " + name
                        + " (its settings: " + definition.changeableSettings() + ")"));
        if (change.mailFolder() != null) {
            em.createQuery(
                            "SELECT p.name FROM Process p WHERE LOWER(p.mailFolder) = LOWER(:folder)"
                                    + " AND p.name <> :name",
                            String.class)
                    .setParameter("folder", change.mailFolder())
                    .setParameter("name", name)
                    .getResultStream()
                    .findFirst()
                    .ifPresent(other -> problems.add("mailFolder: \"" + change.mailFolder()
                            + "\" is already watched by process " + other + "; a message can start one process only"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems));
        }
        Process process = require(name);
        String robotBefore = process.getRobot();
        process.change(change);
        audit.record(AuditAction.PROCESS_CHANGED, "process " + name, change.toString());
        if (!Objects.equals(robotBefore, change.robot())) {
            audit.record(
                    AuditAction.ROBOT_ASSIGNED,
                    "process " + name,
                    robotName(robotBefore) + " → " + robotName(change.robot()));
        }
        return process;
    }

    private static String robotName(String robot) {
        return robot == null ? "any robot" : "robot " + robot;
    }

    /**
     * Records that a job of this name is deployed: a new process gets default settings, a known one keeps the settings
     * its administrators chose and only takes the job's current description. Called at start-up, before anyone signs in.
     */
    @PermitAll
    public void register(String name, String description) {
        find(name)
                .ifPresentOrElse(
                        process -> process.setDescription(description),
                        () -> em.persist(new Process(name, description, Instant.now())));
    }

    private Optional<Process> find(String name) {
        return em.createNamedQuery("Process.findByName", Process.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
    }
}
