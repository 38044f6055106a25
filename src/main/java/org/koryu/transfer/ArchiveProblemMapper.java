package org.koryu.transfer;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koryu.platform.api.Problem;

/** An archive refused: problem+json with the reason's {@code code}, so that scripts can tell a damaged archive from a full database. */
@Provider
public class ArchiveProblemMapper implements ExceptionMapper<ArchiveException> {

    @Override
    public Response toResponse(ArchiveException e) {
        Problem problem = Problem.of(e.reason().status(),
                e.reason().status() >= 500 ? "Export impossible" : "Archive refused", e.getMessage());
        JsonObject body = Json.createObjectBuilder(Json.createReader(new java.io.StringReader(problem.json())).readObject())
                .add("code", e.reason().code())
                .build();
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8").entity(body.toString()).build();
    }
}
