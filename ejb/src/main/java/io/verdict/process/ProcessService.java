package io.verdict.process;

import io.verdict.user.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Reads and registers processes. */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class ProcessService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    public List<Process> list() {
        return em.createNamedQuery("Process.findAll", Process.class).getResultList();
    }

    /**
     * Records that a job of this name is deployed: a new process gets default settings, a known one keeps the settings
     * its administrators chose and only takes the job's current description.
     * Called at start-up, before anyone signs in.
     */
    @PermitAll
    public void register(String name, String description) {
        em.createNamedQuery("Process.findByName", Process.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst()
                .ifPresentOrElse(
                        process -> process.setDescription(description),
                        () -> em.persist(new Process(name, description, Instant.now())));
    }
}
