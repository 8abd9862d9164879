package com.mentorflow.people;

import com.mentorflow.platform.CurrentUser;
import com.mentorflow.tasks.InboxTask;
import com.mentorflow.tasks.TaskFormFactory;
import com.vaadin.flow.component.Component;

@org.springframework.stereotype.Component
class CompleteProfileFormFactory implements TaskFormFactory {

    private final OnboardingService onboarding;
    private final ProfileService profiles;
    private final Topics topics;

    CompleteProfileFormFactory(OnboardingService onboarding, ProfileService profiles, Topics topics) {
        this.onboarding = onboarding;
        this.profiles = profiles;
        this.topics = topics;
    }

    @Override
    public String formKey() {
        return OnboardingProcess.FORM_KEY;
    }

    @Override
    public Component create(InboxTask task, Runnable onCompleted) {
        return new CompleteProfileForm(task, profiles.current(CurrentUser.username()), topics, onboarding, onCompleted);
    }
}
