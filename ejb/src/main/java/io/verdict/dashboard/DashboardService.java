package io.verdict.dashboard;

import io.verdict.process.Process;
import io.verdict.process.ProcessService;
import io.verdict.result.KoReason;
import io.verdict.result.Result;
import io.verdict.run.ResultCount;
import io.verdict.run.WorkItems;
import io.verdict.time.GmtDays;
import io.verdict.vocabulary.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The figures of the console's dashboard over a period of GMT days: each process's OK/KO/ERROR records per day and
 * its most frequent KO reasons. Records count on the day their run was created, relaunches included.
 */
@Stateless
@RolesAllowed(Role.VIEWER_NAME)
public class DashboardService {

    @PersistenceContext(unitName = "verdict")
    EntityManager em;

    @Inject
    ProcessService processes;

    @Inject
    WorkItems workItems;

    /**
     * Every process, with its records by result on each day from {@code first} to {@code last}: ended runs by the
     * counts they keep, the others by counting their items.
     */
    public List<ProcessResults> results(LocalDate first, LocalDate last) {
        Stream<ResultCount> kept = em.createQuery(
                        "SELECT r.process.name, r.createdAt, r.ok, r.ko, r.error FROM Run r"
                                + " WHERE r.createdAt >= :from AND r.createdAt < :to AND r.ok IS NOT NULL",
                        Object[].class)
                .setParameter("from", GmtDays.start(first))
                .setParameter("to", GmtDays.end(last))
                .getResultStream()
                .flatMap(row -> Stream.of(
                        kept(row, Result.OK, row[2]), kept(row, Result.KO, row[3]), kept(row, Result.ERROR, row[4])))
                .filter(count -> count.count() > 0);
        Stream<ResultCount> counted =
                workItems.resultsOfRunsWithoutCounts(GmtDays.start(first), GmtDays.end(last)).stream();
        List<String> names = processes.list().stream().map(Process::getName).toList();
        return ResultDays.of(names, Stream.concat(kept, counted).toList(), first, last);
    }

    private static ResultCount kept(Object[] run, Result result, Object count) {
        return new ResultCount((String) run[0], (Instant) run[1], result, ((Number) count).longValue());
    }

    /**
     * The period's most frequent (process, KO reason code) pairs, most frequent first: {@code limit} of them across
     * all processes.
     */
    public List<KoReason> topKoReasons(LocalDate first, LocalDate last, int limit) {
        return workItems.topKoReasons(GmtDays.start(first), GmtDays.end(last), limit);
    }
}
