package com.mentorflow.ui;

/**
 * A module's say over whom a menu entry is for. A view's access annotation decides who may open it; this decides
 * whom the menu should offer it to, so a mentor is not pointed at "Find a mentor". Entries no audience speaks for are
 * shown to everyone who may open them.
 */
public interface MenuAudience {

    /** @return false to leave the view out of this person's menu (they may still open it by its address) */
    boolean offers(Class<?> view, String username);
}
