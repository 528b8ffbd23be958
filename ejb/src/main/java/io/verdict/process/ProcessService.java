package io.verdict.process;

import io.verdict.audit.AuditAction;
import io.verdict.audit.AuditService;
import io.verdict.error.ConflictException;
import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Reads, registers, declares, changes and deletes processes. */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class ProcessService {

    private static final Logger LOG = Logger.getLogger(ProcessService.class.getName());

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessCatalog catalog;

    @Inject
    AuditService audit;

    @Inject
    Event<ProcessDeclared> declared;

    /**
     * The processes this node can run, shipped and declared; one whose job XML is gone keeps its runs but is no longer
     * listed.
     */
    public List<Process> list() {
        return em.createNamedQuery("Process.findAll", Process.class)
                .getResultStream()
                .filter(process -> catalog.deploys(process.job()))
                .toList();
    }

    /** Every process's name, shipped and declared, for Verdict's own start-up work (no caller has signed in). */
    @PermitAll
    public List<String> names() {
        return list().stream().map(Process::getName).toList();
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
        Process process = require(name);
        Map<String, String> settings = new HashMap<>(definition(process).defaults());
        settings.putAll(process.getSettings());
        return settings;
    }

    /** What the process is made of: its job XML's, or its template's with the columns it was declared with. */
    @PermitAll
    public ProcessDefinition definition(String name) {
        return definition(require(name));
    }

    private ProcessDefinition definition(Process process) {
        return catalog.find(process.job())
                .map(job -> process.isDeclared() ? job.declaredAs(process) : job)
                .orElseThrow(() -> new NotFoundException(
                        "The job of process \"" + process.getName() + "\" (" + process.job() + ") is not deployed."));
    }

    /** The templates processes may be declared from, by name, each with its settings' defaults. */
    public List<ProcessDefinition> templates() {
        return catalog.templates();
    }

    /**
     * Declares a process from a template, with its first settings; everything is checked before anything is created,
     * and every problem is named at once.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public Process declare(ProcessDeclaration declaration, ProcessChange change) {
        List<String> problems = new ArrayList<>(declaration.problems(
                templates().stream().map(ProcessDefinition::job).collect(Collectors.toCollection(TreeSet::new))));
        if (declaration.name() != null && find(declaration.name()).isPresent()) {
            problems.add("name: a process named " + declaration.name() + " exists already");
        }
        problems.addAll(change.problems());
        catalog.template(declaration.template())
                .ifPresent(template -> problems.addAll(settingProblems(template, change, declaration.name())));
        problems.addAll(mailFolderProblems(change, declaration.name()));
        refuseIfAny(problems);
        Process process = new Process(declaration, Instant.now());
        process.change(change);
        try {
            em.persist(process);
            em.flush();
        } catch (PersistenceException raced) {
            throw new ConflictException("A process named " + declaration.name() + " was declared at the same time.");
        }
        declared.fire(new ProcessDeclared(process.getName()));
        audit.record(
                AuditAction.PROCESS_CREATED,
                "process " + process.getName(),
                "template " + declaration.template() + ", columns " + declaration.columns() + ", " + change);
        return process;
    }

    /**
     * Deletes a declared process that has no run, schedule or secret, with the ledger of messages its e-mail trigger
     * took. One with runs is refused, to be retired instead so that its history stays; a shipped process is its job
     * XML's and cannot be deleted.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public void delete(String name) {
        Process process = lock(name);
        if (!process.isDeclared()) {
            throw new ConflictException("Process " + name + " is shipped with Verdict and cannot be deleted; retire it"
                    + " with {\"active\":false} so that it takes no new runs.");
        }
        // The run, schedule and secret features build on processes; their entities are named here only to count them.
        long runs = count("SELECT COUNT(r) FROM Run r WHERE r.process = :process", process);
        if (runs > 0) {
            throw new ConflictException("Process " + name + " has " + runs + " runs and cannot be deleted: retire it"
                    + " with {\"active\":false}; it then takes no new runs and keeps its history.");
        }
        long schedules = count("SELECT COUNT(s) FROM Schedule s WHERE s.process = :process", process);
        if (schedules > 0) {
            throw new ConflictException("Process " + name + " has " + schedules + " schedules; delete them first.");
        }
        List<String> secrets = em.createQuery("SELECT s.name FROM Secret s WHERE s.scope = :name", String.class)
                .setParameter("name", name)
                .getResultList();
        if (!secrets.isEmpty()) {
            throw new ConflictException("Process " + name + " has secrets scoped to it " + secrets + "; delete them"
                    + " first, or a process declared later with this name would inherit them.");
        }
        em.createQuery("DELETE FROM MailTrigger m WHERE m.process = :process")
                .setParameter("process", process)
                .executeUpdate();
        em.remove(process);
        audit.record(AuditAction.PROCESS_DELETED, "process " + name, "template " + process.getTemplate());
    }

    private long count(String jpql, Process process) {
        return em.createQuery(jpql, Long.class).setParameter("process", process).getSingleResult();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public Process change(String name, ProcessChange change) {
        List<String> problems = new ArrayList<>(change.problems());
        Process process = require(name);
        problems.addAll(settingProblems(definition(process), change, name));
        problems.addAll(mailFolderProblems(change, name));
        refuseIfAny(problems);
        String robotBefore = process.getRobot();
        boolean activeBefore = process.isActive();
        process.change(change);
        audit.record(AuditAction.PROCESS_CHANGED, "process " + name, change.toString());
        if (activeBefore && !change.active()) {
            audit.record(AuditAction.PROCESS_RETIRED, "process " + name, "takes no new runs; its history stays");
        }
        if (!Objects.equals(robotBefore, change.robot())) {
            audit.record(
                    AuditAction.ROBOT_ASSIGNED,
                    "process " + name,
                    robotName(robotBefore) + " → " + robotName(change.robot()));
        }
        return process;
    }

    /**
     * Refuses a new run of a retired process, saying so; every way of starting a run (upload, API, schedule, inbox,
     * e-mail, relaunch) comes through here.
     */
    @PermitAll
    public void requireActive(Process process) {
        if (!process.isActive()) {
            throw new ConflictException("Process " + process.getName() + " is retired and takes no new runs; an"
                    + " administrator brings it back with {\"active\":true}.");
        }
    }

    private static List<String> settingProblems(ProcessDefinition definition, ProcessChange change, String name) {
        return change.settings().keySet().stream()
                .filter(setting -> !definition.changeableSettings().contains(setting))
                .map(setting -> "settings: \"" + setting + "\" is not a setting of " + name + " (its settings: "
                        + definition.changeableSettings() + ")")
                .toList();
    }

    private List<String> mailFolderProblems(ProcessChange change, String name) {
        if (change.mailFolder() == null) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT p.name FROM Process p WHERE LOWER(p.mailFolder) = LOWER(:folder) AND p.name <> :name",
                        String.class)
                .setParameter("folder", change.mailFolder())
                .setParameter("name", String.valueOf(name))
                .getResultStream()
                .findFirst()
                .map(other -> List.of("mailFolder: \"" + change.mailFolder() + "\" is already watched by process "
                        + other + "; a message can start one process only"))
                .orElse(List.of());
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(String.join("; ", problems));
        }
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
                        process -> {
                            if (process.isDeclared()) {
                                LOG.warning(() -> "The job " + name + " is deployed, but a process declared from "
                                        + process.getTemplate() + " has its name; the declared process stays.");
                            } else {
                                process.setDescription(description);
                            }
                        },
                        () -> em.persist(new Process(name, description, Instant.now())));
    }

    private Optional<Process> find(String name) {
        return em
                .createNamedQuery("Process.findByName", Process.class)
                .setParameter("name", name)
                .getResultList()
                .stream()
                .findFirst();
    }
}
