package com.mentorflow.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** An address that is no page (Vaadin's own shows "Could not navigate" and, in development, every route). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundPage extends ProblemPage implements HasErrorParameter<NotFoundException> {

    public NotFoundPage() {
        super("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(getTranslation("ui.notFound.title"), getTranslation("ui.notFound.text"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
