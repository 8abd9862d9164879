package com.mentorflow.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * Engine REST answers a lost race (a task completed or a process changed by someone else a moment earlier) and the
 * app's own refusals raised inside the engine with their status and sentence, not Camunda's 500 and stack trace.
 * Camunda's mappers stay in charge of everything else: these claim an exception only when its cause chain holds one
 * of those refusals, and win the tie with Camunda's mappers for the same types by their priority.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestRefusals {

    static final String TASK_GONE = "This task is no longer open: it was completed or withdrawn in the meantime.";
    static final String CHANGED = "Someone else changed this at the same moment; nothing was changed. Please reload and "
            + "try again.";

    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);

    @Bean
    ResourceConfigCustomizer engineRestRefusalMappers() {
        return config -> config.register(new OnRest()).register(new OnEngine()).register(new OnOther());
    }

    /** The status and sentence for a refusal somewhere in the cause chain, or empty to leave it to Camunda. */
    static Optional<Response> refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Response response = null;
            if (t instanceof ConflictException e) {
                response = answer(409, e.getMessage(), null);
            } else if (t instanceof RejectedInputException e) {
                response = answer(400, "Some input was not accepted: " + e.getMessage(), e.problems());
            } else if (t instanceof NotPermittedException e) {
                response = answer(403, e.getMessage(), null);
            } else if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException) {
                response = answer(409, CHANGED, null);
            } else if (t instanceof NullValueException && String.valueOf(t.getMessage()).startsWith("Cannot find task with id")) {
                // CompleteTaskCmd's words for a task that is gone, which Camunda answers with 500.
                response = answer(409, TASK_GONE, null);
            }
            if (response != null) {
                log.info("Engine REST refused with {}: {}", response.getStatus(), t.getClass().getSimpleName());
                return Optional.of(response);
            }
        }
        return Optional.empty();
    }

    private static Response answer(int status, String sentence, Map<String, String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", status == 409 ? "Conflict" : status == 403 ? "NotPermitted" : "InvalidRequestException");
        body.put("message", sentence);
        if (problems != null) {
            body.put("problems", problems);
        }
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    /**
     * JAX-RS picks the mapper of the most specific type, and Camunda maps RestException and
     * ProcessEngineException itself: one mapper per type, each taking only what {@link #refusal} recognises.
     */
    abstract static class Refusing<T extends Throwable> implements ExtendedExceptionMapper<T> {
        @Override
        public boolean isMappable(T exception) {
            return refusal(exception).isPresent();
        }

        @Override
        public Response toResponse(T exception) {
            return refusal(exception).orElseThrow();
        }
    }

    /** Camunda's resources wrap engine failures in a RestException (500 with the engine's message). */
    @Priority(1000)
    static final class OnRest extends Refusing<RestException> {
    }

    @Priority(1000)
    static final class OnEngine extends Refusing<ProcessEngineException> {
    }

    /** What a delegate throws passes through the engine as it is (ConflictException, Spring's lock failures). */
    @Priority(1000)
    static final class OnOther extends Refusing<Exception> {
    }
}
