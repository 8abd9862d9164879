package com.mentorflow.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/**
 * The frame around every signed-in view. The menu lists only the views the person may open: Vaadin
 * builds it from each view's {@code @Menu} and access annotation, so this layout knows no feature. It speaks the
 * reader's language, and switches at once when they choose another on My profile. Modules may narrow whom an entry
 * is offered to ({@link MenuAudience}); the header shows the person's name and initials ({@link PersonNames}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final DrawerToggle toggle = new DrawerToggle();
    private final Button signOut = new Button();
    private final SideNav nav = new SideNav();
    private final String username;
    private final List<MenuAudience> audiences;

    public MainLayout(AuthenticationContext authentication, PersonNames names, List<MenuAudience> audiences) {
        this.username = authentication.getPrincipalName().orElse("");
        this.audiences = audiences;
        H1 title = new H1("Mentorflow");
        title.addClassName("app-title");

        String name = username.isEmpty() ? "" : names.displayNameOf(username);
        Avatar avatar = NameAvatar.of(name);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_SMALL);
        avatar.addClassName("signed-in-avatar");
        Span who = new Span(name);
        who.addClassName("signed-in-as");
        // On a phone the initials stand for the name: the header has room for the title, the avatar and sign out.
        who.addClassNames(LumoUtility.Display.HIDDEN, LumoUtility.Display.Breakpoint.Small.INLINE);
        signOut.addClickListener(click -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(toggle, title, avatar, who, signOut);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("app-header");
        addToNavbar(header);
        addToDrawer(nav);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        toggle.setAriaLabel(getTranslation("ui.layout.menu"));
        signOut.setText(getTranslation("ui.layout.signOut"));
        nav.removeAll();
        MenuConfiguration.getMenuEntries().stream().filter(this::offered).forEach(entry -> {
            SideNavItem item = new SideNavItem(title(entry), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
    }

    private boolean offered(MenuEntry entry) {
        return entry.menuClass() == null || audiences.stream().allMatch(a -> a.offers(entry.menuClass(), username));
    }

    /**
     * A view's menu title lives in its module's bundle as {@code <module>.menu.<view class>} ("tasks.menu.InboxView").
     * A view without one shows the English of its {@code @Menu}, and the log names the key it lacks.
     */
    private String title(MenuEntry entry) {
        if (entry.menuClass() == null) {
            return entry.title();
        }
        String packageName = entry.menuClass().getPackageName();
        String key = packageName.substring(packageName.lastIndexOf('.') + 1) + ".menu." + entry.menuClass().getSimpleName();
        String title = getTranslation(key);
        return title.equals(key) ? entry.title() : title;
    }
}
