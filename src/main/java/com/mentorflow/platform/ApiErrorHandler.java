package com.mentorflow.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the app's REST API as an RFC 9457 problem ({@link RefusalResponses#problem}): domain refusals with
 * messages a person understands, in their language, and Spring MVC's own (404 unknown address, 405, 406, 415, unreadable JSON) through
 * {@link ResponseEntityExceptionHandler}. Spring fills in {@code instance} with the request's path.
 */
@RestControllerAdvice
class ApiErrorHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorHandler.class);

    private final ReaderLanguages languages;

    ApiErrorHandler(ReaderLanguages languages) {
        this.languages = languages;
    }

    @ExceptionHandler(RejectedInputException.class)
    ProblemDetail rejected(RejectedInputException e, HttpServletRequest request) {
        Locale reader = reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return RefusalResponses.problem(HttpStatus.BAD_REQUEST, notAccepted(reader), e.problems(reader));
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e, HttpServletRequest request) {
        return refusal(HttpStatus.FORBIDDEN, e, request);
    }

    /** A {@code @PreAuthorize} refusal: the caller is signed in (the API's chain lets nobody else this far). */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e, HttpServletRequest request) {
        return RefusalResponses.problem(HttpStatus.FORBIDDEN,
                Texts.text(reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), "platform.refusal.notAllowed"), null);
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
        return refusal(HttpStatus.NOT_FOUND, e, request);
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, HttpServletRequest request) {
        return refusal(HttpStatus.CONFLICT, e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        Locale reader = reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        Class<?> type = e.getRequiredType();
        String problem = type != null && type.isEnum()
                ? Texts.text(reader, "platform.refusal.notOneOf", e.getValue(), Arrays.toString(type.getEnumConstants()))
                : Texts.text(reader, "platform.refusal.notOfType", e.getValue(), type == null ? "?" : type.getSimpleName());
        return RefusalResponses.problem(HttpStatus.BAD_REQUEST, notAccepted(reader), Map.of(e.getName(), problem));
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
                Texts.text(reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), "platform.refusal.unexpected"), null);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale reader = reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        return ResponseEntity.badRequest().body(RefusalResponses.problem(HttpStatus.BAD_REQUEST, notAccepted(reader),
                Map.of(e.getParameterName(), Texts.text(reader, "platform.refusal.parameterRequired"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(RefusalResponses.problem(HttpStatus.BAD_REQUEST,
                Texts.text(reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)), "platform.refusal.notJson"), Map.of()));
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

    private ProblemDetail refusal(HttpStatus status, RefusalException e, HttpServletRequest request) {
        return RefusalResponses.problem(status, e.message(reader(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE))), null);
    }

    private static String notAccepted(Locale reader) {
        return Texts.text(reader, "platform.refusal.notAccepted");
    }

    /**
     * The language the caller chose on their profile, else their client's best Accept-Language that is ours, else
     * English: as a page would read. The title stays the status's English reason phrase, which clients match on.
     */
    private Locale reader(String acceptLanguage) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        Optional<Locale> chosen = caller == null || caller instanceof AnonymousAuthenticationToken || !caller.isAuthenticated()
                ? Optional.empty() : languages.chosenBy(caller.getName());
        return chosen.orElseGet(() -> Languages.fromAcceptLanguage(acceptLanguage));
    }
}
