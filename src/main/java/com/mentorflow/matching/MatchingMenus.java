package com.mentorflow.matching;

import com.mentorflow.people.ProfileService;
import com.mentorflow.ui.MenuAudience;
import org.springframework.stereotype.Component;

/** "Find a mentor" is offered to people who want a mentor (or have not said yet), not to those who only mentor. */
@Component
class MatchingMenus implements MenuAudience {

    private final ProfileService profiles;

    MatchingMenus(ProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public boolean offers(Class<?> view, String username) {
        return view != SuggestionsView.class || profiles.sidesOf(username).mentee();
    }
}
