package com.mentorflow.platform;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns domain refusals into RFC 9457 problem responses with messages a person understands. */
@RestControllerAdvice
class ApiErrorHandler {

    @ExceptionHandler(RejectedInputException.class)
    ProblemDetail rejected(RejectedInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some input was not accepted.");
        problem.setProperty("problems", e.problems());
        return problem;
    }

    @ExceptionHandler(NotPermittedException.class)
    ProblemDetail notPermitted(NotPermittedException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badParameter(MethodArgumentTypeMismatchException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some input was not accepted.");
        String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "one of " + java.util.Arrays.toString(e.getRequiredType().getEnumConstants())
                : "a value of type " + (e.getRequiredType() == null ? "?" : e.getRequiredType().getSimpleName());
        problem.setProperty("problems", Map.of(e.getName(), "\"" + e.getValue() + "\" is not " + expected + "."));
        return problem;
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Some input was not accepted.");
        problem.setProperty("problems", Map.of(e.getParameterName(), "This parameter is required."));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request body is not valid JSON of the expected shape.");
        problem.setProperty("problems", Map.of());
        return problem;
    }
}
