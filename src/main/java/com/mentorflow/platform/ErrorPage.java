package com.mentorflow.platform;

import com.mentorflow.ui.MainLayout;
import com.mentorflow.ui.ProblemPage;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything a page throws while opening. A refusal the domain explains (not permitted, e.g. "Find a mentor" for
 * someone who is no longer an active participant; bad input; a conflict) shows its own sentence; anything else
 * a plain apology, and the stack trace goes to the log only. Spring wraps a view constructor's exception, so the
 * cause chain is searched. In platform, beside the exceptions it reads (ui depends on no module).
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorPage extends ProblemPage implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorPage.class);

    public ErrorPage() {
        super("error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        for (Throwable cause = parameter.getException(); cause != null; cause = cause.getCause()) {
            if (cause instanceof NotPermittedException refused) {
                show(getTranslation("platform.error.notPermitted"), refused.message(getLocale()));
                return HttpServletResponse.SC_FORBIDDEN;
            }
            if (cause instanceof RejectedInputException rejected) {
                show(getTranslation("platform.error.rejected"), String.join(" ", rejected.problems(getLocale()).values()));
                return HttpServletResponse.SC_BAD_REQUEST;
            }
            if (cause instanceof ConflictException conflict) {
                show(getTranslation("platform.error.conflict"), conflict.message(getLocale()));
                return HttpServletResponse.SC_CONFLICT;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        log.error("Opening {} failed", event.getLocation().getPath(), parameter.getException());
        setId("unexpected-error");
        show(getTranslation("platform.error.unexpected.title"), getTranslation("platform.error.unexpected.text"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
