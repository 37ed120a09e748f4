package org.amilab.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.theme.lumo.Lumo;
import org.amilab.base.CurrentUser;

/**
 * The frame around every page: header with the theme switch and user menu, and a side navigation
 * built from the views' own {@code @Menu} entries, which Vaadin already filters by the visitor's
 * access, so a feature appears in the navigation when it lands and only for those allowed in.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    static final String PROFILE_PATH = "profile";

    private final CurrentUser currentUser;
    private final Button themeSwitch = new Button();

    public MainLayout(CurrentUser currentUser) {
        this.currentUser = currentUser;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), appName(), spacer(), themeSwitch, userArea());
        addToDrawer(new Scroller(navigation()));
        themeSwitch.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        themeSwitch.setId("theme-switch");
        themeSwitch.addClickListener(click -> applyTheme(!isDark(), true));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        applyTheme(currentUser.prefersDarkTheme(), false);
    }

    private void applyTheme(boolean dark, boolean remember) {
        var themes = UI.getCurrent().getElement().getThemeList();
        if (dark) {
            themes.add(Lumo.DARK);
        } else {
            themes.remove(Lumo.DARK);
        }
        if (remember) {
            currentUser.rememberTheme(dark);
        }
        themeSwitch.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        themeSwitch.setAriaLabel(dark ? "Switch to light theme" : "Switch to dark theme");
        themeSwitch.setTooltipText(dark ? "Light theme" : "Dark theme");
    }

    private boolean isDark() {
        return UI.getCurrent().getElement().getThemeList().contains(Lumo.DARK);
    }

    private static Component appName() {
        var name = new Anchor("", "AMI Lab");
        name.addClassName("app-name");
        return name;
    }

    private static Component spacer() {
        var spacer = new Span();
        spacer.getStyle().set("flex", "1");
        return spacer;
    }

    private Component userArea() {
        return currentUser.displayName().<Component>map(this::userMenu).orElseGet(MainLayout::signInLink);
    }

    private Component userMenu(String displayName) {
        var avatar = new Avatar(displayName);
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        var name = new Span(displayName);
        name.addClassName("user-name");
        var label = new HorizontalLayout(avatar, name);
        label.setAlignItems(FlexComponent.Alignment.CENTER);
        label.setSpacing(true);
        var menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", "User menu");
        var root = menu.addItem(label);
        root.getSubMenu().addItem("Profile", click -> UI.getCurrent().navigate(PROFILE_PATH));
        root.getSubMenu().addItem("Sign out", click -> currentUser.signOut());
        return menu;
    }

    private static Component signInLink() {
        var link = new Anchor("login", "Sign in");
        link.addClassName("sign-in-link");
        return link;
    }

    private static SideNav navigation() {
        var nav = new SideNav();
        nav.setLabel("Main navigation");
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(navItem(entry)));
        return nav;
    }

    private static SideNavItem navItem(MenuEntry entry) {
        if (entry.icon() == null) {
            return new SideNavItem(entry.title(), entry.path());
        }
        String[] icon = entry.icon().split(":", 2);
        return new SideNavItem(entry.title(), entry.path(), new Icon(icon[0], icon[1]));
    }
}
