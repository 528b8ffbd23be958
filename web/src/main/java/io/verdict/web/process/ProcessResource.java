package io.verdict.web.process;

import io.verdict.dropfolder.DropFolderService;
import io.verdict.input.InputFormat;
import io.verdict.process.Process;
import io.verdict.process.ProcessChange;
import io.verdict.process.ProcessService;
import io.verdict.run.FileInput;
import io.verdict.run.Launch;
import io.verdict.run.Run;
import io.verdict.run.RunQueryService;
import io.verdict.run.RunService;
import io.verdict.run.Trigger;
import io.verdict.web.run.RunJson;
import io.verdict.web.run.Uploads;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;

/**
 * {@code /api/v1/processes}: the processes Verdict can run, declaring and deleting one, their settings, and starting
 * a run.
 */
@Path("/processes")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessService processes;

    @Inject
    RunService runs;

    @Inject
    RunQueryService queries;

    @Inject
    DropFolderService dropFolders;

    @GET
    public List<ProcessJson> list() {
        return processes.list().stream().map(this::json).toList();
    }

    /** Declares a process from a template: {@code 201} with the process as the list shows it. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response declare(JsonObject body) {
        Process process = processes.declare(
                ProcessChanges.declaration(body), ProcessChanges.merge(ProcessChange.defaults(), body));
        return Response.status(Response.Status.CREATED)
                .entity(json(process))
                .header("Location", "processes/" + process.getName())
                .build();
    }

    @PUT
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcessJson change(@PathParam("name") String name, JsonObject body) {
        return json(processes.change(
                name, ProcessChanges.change(processes.require(name).current(), body)));
    }

    /** Deletes a declared process that has never run: {@code 204}; one with runs is a 409 saying to retire it. */
    @DELETE
    @Path("/{name}")
    public Response delete(@PathParam("name") String name) {
        processes.delete(name);
        return Response.noContent().build();
    }

    /** Starts a run from JSON items: {@code {"items":[{…},…]}}. */
    @POST
    @Path("/{name}/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response startFromJson(
            @PathParam("name") String name, @QueryParam("dryRun") boolean dryRun, InputStream items) {
        return start(name, dryRun, new FileInput(InputFormat.JSON, items));
    }

    @POST
    @Path("/{name}/runs")
    @Consumes("text/csv")
    public Response startFromCsv(
            @PathParam("name") String name, @QueryParam("dryRun") boolean dryRun, InputStream csv) {
        return start(name, dryRun, new FileInput(InputFormat.CSV, csv));
    }

    @POST
    @Path("/{name}/runs")
    @Consumes(Uploads.XLSX)
    public Response startFromXlsx(
            @PathParam("name") String name, @QueryParam("dryRun") boolean dryRun, InputStream xlsx) {
        return start(name, dryRun, new FileInput(InputFormat.XLSX, xlsx));
    }

    /** Starts a run from an uploaded file: multipart form with the .xlsx, .csv or .json as {@code file}. */
    @POST
    @Path("/{name}/runs")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response startFromFile(
            @PathParam("name") String name, @QueryParam("dryRun") boolean dryRun, @FormParam("file") EntityPart file) {
        return start(name, dryRun, Uploads.fileInput(file));
    }

    /** Starts a run from the process's own source, its inbox folder, when the request has no body. */
    @POST
    @Path("/{name}/runs")
    @Consumes(InboxRequestFilter.INBOX)
    public Response startFromInbox(@PathParam("name") String name, @QueryParam("dryRun") boolean dryRun) {
        return created(dropFolders.startFromInbox(name, dryRun, Launch.by(Trigger.API)));
    }

    private Response start(String name, boolean dryRun, FileInput input) {
        return created(runs.start(name, input, dryRun, Launch.by(Trigger.API)));
    }

    private Response created(Run run) {
        return Response.status(Response.Status.CREATED)
                .entity(RunJson.of(queries.row(run)))
                .header("Location", "../runs/" + run.getId())
                .build();
    }

    private ProcessJson json(Process process) {
        return ProcessJson.of(process, processes);
    }
}
