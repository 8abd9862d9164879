package com.mentorflow.people;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskFormFactory;
import com.vaadin.flow.component.Component;

@org.springframework.stereotype.Component
class CompleteProfileFormFactory implements TaskFormFactory {

    private final OnboardingService onboarding;
    private final AccountService accounts;

    CompleteProfileFormFactory(OnboardingService onboarding, AccountService accounts) {
        this.onboarding = onboarding;
        this.accounts = accounts;
    }

    @Override
    public String formKey() {
        return OnboardingProcess.FORM_KEY;
    }

    @Override
    public Component create(InboxTask task, Runnable onCompleted) {
        Account account = accounts.findByUsername(CurrentUser.username()).orElseThrow();
        return new CompleteProfileForm(task, account, onboarding, onCompleted);
    }
}
