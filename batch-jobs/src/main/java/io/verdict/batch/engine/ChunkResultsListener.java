package io.verdict.batch.engine;

import io.verdict.run.WorkItemRows;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Writes the failures of a chunk in which every record failed: the batch runtime calls no writer when there is nothing
 * to write, and without this their KO and ERROR results would be lost. Runs before the chunk commits.
 */
@Dependent
@Named("chunkResultsListener")
public class ChunkResultsListener extends AbstractChunkListener {

    @Inject
    StepContext step;

    @Inject
    WorkItemRows items;

    @Override
    public void afterChunk() {
        items.save(ChunkResults.of(step).drain());
    }

    @Override
    public void onError(Exception failure) {
        ChunkResults.of(step).drain();
    }
}
