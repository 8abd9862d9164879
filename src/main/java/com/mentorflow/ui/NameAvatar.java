package com.mentorflow.ui;

import com.vaadin.flow.component.avatar.Avatar;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A person's initials beside their printed name (header, suggestion cards, circle rosters, My mentorship). The name is
 * always printed next to it, so the avatar is decoration: hidden from screen readers and out of the tab order (axe:
 * aria-hidden-focus). Initials are capitals of the first and last word, whatever case the name was typed in
 * (Vaadin's own abbreviation gave "Te" for "Test every-route-participant").
 */
public final class NameAvatar {

    private NameAvatar() {
    }

    public static Avatar of(String name) {
        Avatar avatar = new Avatar(name);
        avatar.setAbbreviation(initials(name));
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.getElement().setAttribute("tabindex", "-1");
        return avatar;
    }

    public static String initials(String name) {
        String[] words = Arrays.stream(String.valueOf(name).strip().split("[\\s\\-_.]+")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return "?";
        }
        String first = words[0].substring(0, words[0].offsetByCodePoints(0, 1));
        String last = words.length == 1 ? "" : words[words.length - 1].substring(0, words[words.length - 1].offsetByCodePoints(0, 1));
        return (first + last).toUpperCase(Locale.ROOT);
    }
}
