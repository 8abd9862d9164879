package com.mentorflow.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** A page for another role (Vaadin's own is a bare "Access denied"). */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class AccessDeniedPage extends ProblemPage implements HasErrorParameter<AccessDeniedException> {

    public AccessDeniedPage() {
        super("access-denied");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(getTranslation("ui.accessDenied.title"), getTranslation("ui.accessDenied.text"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
