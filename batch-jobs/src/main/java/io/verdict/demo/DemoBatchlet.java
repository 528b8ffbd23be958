package io.verdict.demo;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;

/** The demo process's only step: it logs which execution ran, showing the job repository and artifacts work. */
@Dependent
@Named("demoBatchlet")
public class DemoBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(DemoBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        LOG.info(() -> "Demo process ran as job execution " + jobContext.getExecutionId());
        return BatchStatus.COMPLETED.name();
    }
}
