package io.verdict.dropfolder;

import io.verdict.process.ProcessCatalog;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/**
 * Creates every deployed process's inbox folder at start-up, so that people can see where to drop files before the
 * first run; the process registry knows nothing of folders.
 */
@Startup
@Singleton
@DependsOn("ProcessRegistry")
public class DropFolders {

    @Inject
    ProcessCatalog catalog;

    @Inject
    DropFolderService folders;

    @PostConstruct
    void createFolders() {
        catalog.names().forEach(folders::inboxOf);
    }
}
