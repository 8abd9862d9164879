package com.mentorflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the app's REST API as an RFC 9457 problem ({@link RefusalResponses#problem}): domain refusals with
 * messages a person understands, and Spring MVC's own (404 unknown address, 405, 406, 415, unreadable JSON) through
 * {@link ResponseEntityExceptionHandler}. Spring fills in {@code instance} with the request's path.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    static final String NOT_ACCEPTED = "Some input was not accepted.";
    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    @ExceptionHandler(RejectedInputException.class)
    ProblemDetail rejected(RejectedInputException e) {
        return RefusalResponses.problem(HttpStatus.BAD_REQUEST, NOT_ACCEPTED, e.problems());
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return RefusalResponses.problem(HttpStatus.FORBIDDEN, e.getMessage(), null);
    }

    /** A {@code @PreAuthorize} refusal: the caller is signed in (the API's chain lets nobody else this far). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        return RefusalResponses.problem(HttpStatus.FORBIDDEN, RefusalResponses.NOT_ALLOWED, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return RefusalResponses.problem(HttpStatus.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return RefusalResponses.problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String expected = type != null && type.isEnum() ? "one of " + Arrays.toString(type.getEnumConstants())
                : "a value of type " + (type == null ? "?" : type.getSimpleName());
        return RefusalResponses.problem(HttpStatus.BAD_REQUEST, NOT_ACCEPTED,
                Map.of(e.getName(), "\"" + e.getValue() + "\" is not " + expected + "."));
    }

    /**
     * Anything else on {@code /api} is our fault: a sentence, never a stack trace, and the whole story in the log.
     * Elsewhere (the password pages) the exception goes on to Spring Boot's error page, as before.
     */
    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e, HttpServletRequest request) {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            throw e;
        }
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        return RefusalResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; nothing was changed. Please try again later.", null);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(RefusalResponses.problem(HttpStatus.BAD_REQUEST, NOT_ACCEPTED,
                Map.of(e.getParameterName(), "This parameter is required.")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(RefusalResponses.problem(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape.", Map.of()));
    }

    /** Spring's own problems (404, 405, 406, 415…) get the status's title, like ours. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getTitle() == null) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }
}
