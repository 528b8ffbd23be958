package io.verdict.web.run;

import io.verdict.result.ReasonCode;
import io.verdict.result.Result;
import io.verdict.run.ItemState;
import io.verdict.run.Payloads;
import io.verdict.run.Resolution;
import io.verdict.run.WorkItem;
import java.time.Instant;
import java.util.Map;

/** A work item as the API shows it; {@code robot} names the external robot that worked it, null for the server. */
public record ItemJson(
        long id,
        int seq,
        String key,
        ItemState state,
        Result result,
        ReasonCode reasonCode,
        String reason,
        String suggestedAction,
        int attempts,
        Map<String, String> payload,
        String output,
        Long originItemId,
        String robot,
        ResolutionJson resolution) {

    /** Who resolved a failed item, how, why and when. */
    public record ResolutionJson(Resolution action, String note, String by, Instant at) {}

    public static ItemJson of(WorkItem item) {
        return new ItemJson(
                item.getId(),
                item.getSeq(),
                item.getKey(),
                item.getState(),
                item.getResult(),
                item.getReasonCode(),
                item.getReason(),
                item.getSuggestedAction(),
                item.getAttempts(),
                Payloads.fromJson(item.getPayload()),
                item.getOutput(),
                item.getOriginItemId(),
                item.getRobot(),
                item.getResolution() == null
                        ? null
                        : new ResolutionJson(
                                item.getResolution(),
                                item.getResolutionNote(),
                                item.getResolvedBy(),
                                item.getResolvedAt()));
    }
}
