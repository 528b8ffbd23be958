package io.verdict.handler;

import java.util.Map;

/** A work item as the batch job reads it: what its handler needs to process the record. */
public record PendingItem(long id, int seq, String key, boolean keySeenBefore, Map<String, String> values) {}
