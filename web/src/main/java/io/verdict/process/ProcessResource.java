package io.verdict.process;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code /api/v1/processes}: the processes Verdict can run, with their settings. */
@Path("/processes")
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    ProcessService processes;

    @GET
    public List<ProcessJson> list() {
        return processes.list().stream().map(ProcessJson::of).toList();
    }
}
