package io.verdict.dropfolder;

import io.verdict.process.ProcessDeclared;
import io.verdict.process.ProcessService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Creates every process's inbox folder at start-up, and a declared process's once it is declared, so that people can
 * see where to drop files before the first run; the processes know nothing of folders.
 */
@Startup
@Singleton
@DependsOn("ProcessRegistry")
public class DropFolders {

    @Inject
    ProcessService processes;

    @Inject
    DropFolderService folders;

    @PostConstruct
    void createFolders() {
        processes.names().forEach(folders::inboxOf);
    }

    @PermitAll
    public void createFolder(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProcessDeclared declared) {
        folders.inboxOf(declared.name());
    }
}
