package io.verdict.web.run;

import io.verdict.error.InvalidRequestException;
import io.verdict.error.NotFoundException;
import io.verdict.result.Result;
import io.verdict.run.Run;
import io.verdict.run.RunFilter;
import io.verdict.run.RunQueryService;
import io.verdict.run.RunService;
import io.verdict.run.RunState;
import io.verdict.run.Trigger;
import io.verdict.summary.SummaryMails;
import io.verdict.web.api.RequestParameters;
import io.verdict.web.summary.MailJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Set;

/** {@code /api/v1/runs}: runs, their items, the Excel report, the summary e-mail, relaunch and stop. */
@Path("/runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunResource {

    @Inject
    RunService runs;

    @Inject
    RunQueryService queries;

    @Inject
    SummaryMails summaryMails;

    @GET
    public List<RunJson> list(
            @QueryParam("process") String process,
            @QueryParam("state") String state,
            @QueryParam("trigger") String trigger,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String text,
            @QueryParam("limit") Integer limit,
            @QueryParam("after") Long after) {
        RunFilter filter = new RunFilter(
                process,
                RequestParameters.enums("state", state, RunState.class),
                RequestParameters.enums("trigger", trigger, Trigger.class),
                RequestParameters.instant("from", from),
                RequestParameters.instant("to", to),
                text);
        return queries.page(filter, RequestParameters.limit(limit), after).stream()
                .map(RunJson::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    public RunJson get(@PathParam("id") long id) {
        return RunJson.of(queries.row(id));
    }

    /** The run's summary e-mail; 404 while the run has not ended, or when it had nobody to go to. */
    @GET
    @Path("/{id}/mail")
    public MailJson mail(@PathParam("id") long id) {
        Run run = queries.require(id);
        return summaryMails
                .of(id)
                .map(MailJson::of)
                .orElseThrow(() -> new NotFoundException(
                        "Run " + run.getNumber() + " of " + run.getProcess().getName()
                                + " has no summary e-mail: it has not ended, or its process has no recipients and "
                                + run.getRunBy() + " no e-mail address."));
    }

    @GET
    @Path("/{id}/diagnosis")
    public DiagnosisJson diagnosis(@PathParam("id") long id) {
        return DiagnosisJson.of(queries.require(id), queries.diagnose(id));
    }

    @GET
    @Path("/{id}/items")
    public List<ItemJson> items(
            @PathParam("id") long id,
            @QueryParam("result") String result,
            @QueryParam("q") String text,
            @QueryParam("limit") Integer limit,
            @QueryParam("after") Long after,
            @QueryParam("from") Integer from) {
        Set<Result> results = RequestParameters.enums("result", result, Result.class);
        if (after != null && from != null) {
            throw new InvalidRequestException("Send after (an item id) or from (a record number), not both.");
        }
        Long afterId = from == null ? after : queries.itemIdBefore(id, from);
        return queries.items(id, results, text, RequestParameters.limit(limit), afterId).stream()
                .map(ItemJson::of)
                .toList();
    }

    /** The run's items with the given results (all by default) as an .xlsx report, written as it is read. */
    @GET
    @Path("/{id}/export")
    @Produces(Uploads.XLSX)
    public Response export(@PathParam("id") long id, @QueryParam("results") String results) {
        Run run = queries.require(id);
        Set<Result> wanted = RequestParameters.enums("results", results, Result.class);
        StreamingOutput body = out -> queries.export(id, wanted, out);
        String file = run.getProcess().getName() + "-run-" + run.getNumber() + ".xlsx";
        return Response.ok(body, Uploads.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    @POST
    @Path("/{id}/relaunch")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response relaunch(@PathParam("id") long id, RelaunchRequest request) {
        if (request == null || request.mode() == null) {
            throw new InvalidRequestException("mode: one of ALL, FAILED, ERRORS, SELECTED.");
        }
        return created(runs.relaunch(id, request.mode(), request.itemIds()));
    }

    /** Relaunch from a corrected report: multipart form with the edited .xlsx (or .csv) as {@code file}. */
    @POST
    @Path("/{id}/relaunch")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response relaunchCorrected(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        return created(runs.relaunchCorrected(id, Uploads.fileInput(file)));
    }

    @POST
    @Path("/{id}/stop")
    @Consumes(MediaType.APPLICATION_JSON)
    public RunJson stop(@PathParam("id") long id, StopRequest request) {
        if (request == null || request.mode() == null || request.pending() == null) {
            throw new InvalidRequestException("Send {\"mode\":\"FINISH|TERMINATE\",\"pending\":\"FAILED|DONE\"}.");
        }
        Run run = runs.stop(id, request.mode(), request.pending());
        return RunJson.of(queries.row(run));
    }

    private Response created(Run run) {
        return Response.status(Response.Status.CREATED)
                .entity(RunJson.of(queries.row(run)))
                .header("Location", "runs/" + run.getId())
                .build();
    }
}
