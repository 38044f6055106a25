package org.koryu.platform.api;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.koryu.accounts.AccountException;
import org.koryu.backup.BackupNotHereException;
import org.koryu.content.BadParameterException;
import org.koryu.content.ConflictException;
import org.koryu.content.ContentNotFoundException;
import org.koryu.content.StaleRevisionException;
import org.koryu.content.ValidationException;
import org.koryu.workflow.engine.CommentRequiredException;
import org.koryu.workflow.engine.RevisionRequiredException;
import org.koryu.workflow.engine.TransitionNotAllowedException;
import org.koryu.workflow.engine.UnknownTransitionException;
import org.koryu.workflow.engine.WorkflowException;

/**
 * The one place where errors become HTTP answers. Domain exceptions carry their meaning; this maps
 * each to its status. Anything unexpected is logged with an id and answered 500 with that id,
 * never with a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.Request request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = unwrap(thrown);
        if (e instanceof OptimisticLockException && request != null && "PUT".equals(request.getMethod())) {
            // Two saves of one revision met at commit: the loser's If-Match no longer holds, as if it had arrived second.
            return Problem.of(412, "Outdated revision", "Someone else saved this item at the same moment; nothing of yours "
                    + "was written. Read it again and save on top of the newer revision.").response();
        }
        return problem(e).response();
    }

    static Problem problem(Throwable e) {
        if (e instanceof ValidationException v) {
            return Problem.of(400, "Invalid input", v.getMessage()).withErrors(v.violations());
        }
        if (e instanceof BadParameterException b) {
            return Problem.of(400, "Invalid parameter", b.getMessage()).withParameter(b.parameter());
        }
        if (e instanceof AccountException a) {
            return Problem.of(400, "Invalid account change", a.getMessage());
        }
        if (e instanceof WorkflowException w) {
            return workflowProblem(w).withCode("workflow." + w.reason().key());
        }
        if (e instanceof BackupNotHereException) {
            return Problem.of(409, "Backup with the database's tools", e.getMessage());
        }
        if (e instanceof ConflictException c) {
            return Problem.of(409, "Conflict", c.getMessage()).withItems(c.items());
        }
        if (e instanceof OptimisticLockException) {
            return Problem.of(409, "Changed at the same time", "Someone changed this at the same time; reload and try again");
        }
        if (e instanceof StaleRevisionException) {
            return Problem.of(412, "Outdated revision", e.getMessage());
        }
        if (e instanceof ContentNotFoundException) {
            return Problem.of(404, "Not found", e.getMessage());
        }
        if (e instanceof JsonbException || e instanceof JsonException) {
            return Problem.of(400, "Unreadable JSON", e.getMessage());
        }
        if (e instanceof WebApplicationException w) {
            Response r = w.getResponse();
            return Problem.of(r.getStatus(), r.getStatusInfo().getReasonPhrase(), w.getMessage());
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error " + id, e);
        return Problem.of(500, "Internal error", "Something went wrong on the server (error id " + id
                + "); nothing was changed. Please report the id.");
    }

    private static Problem workflowProblem(WorkflowException e) {
        if (e instanceof RevisionRequiredException) {
            return Problem.of(428, "Revision required", e.getMessage());
        }
        if (e.reason() == WorkflowException.Reason.REVISION_OUTDATED) {
            // Like a failed If-Match: the revision named is not the one under work.
            return Problem.of(412, "Outdated revision", e.getMessage());
        }
        if (e instanceof UnknownTransitionException || e instanceof CommentRequiredException) {
            return Problem.of(400, "Invalid transition", e.getMessage());
        }
        if (e instanceof TransitionNotAllowedException) {
            return Problem.of(403, "Not allowed", e.getMessage());
        }
        return Problem.of(409, "Not possible now", e.getMessage());
    }

    /** Transactions wrap the exception that rolled them back; the cause says what happened. */
    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof RollbackException || e instanceof jakarta.transaction.TransactionalException
                || (e instanceof PersistenceException && !(e instanceof OptimisticLockException)))
                && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof jakarta.ejb.EJBException && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
