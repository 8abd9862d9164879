package com.mentorflow.people;

import com.mentorflow.platform.Languages;
import com.mentorflow.platform.RejectedInputException;
import com.mentorflow.platform.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages a person reaches without signing in (SecurityConfiguration permits them): set a password from a
 * mailed link, and ask for such a link. Opening a link changes nothing (mail scanners open links); only the
 * form's POST, with the session's CSRF token, uses it.
 */
@Controller
@PreAuthorize("permitAll()")
class PasswordLinkController {

    /** The notice after asking for a link, in English (PasswordLinkHttpTest reads it). */
    static final String SENT = Texts.text(Languages.ENGLISH, "people.password.sent");

    private final PasswordLinks links;
    private final PasswordLinkIssuer issuer;
    private final UserDetailsService people;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    PasswordLinkController(PasswordLinks links, PasswordLinkIssuer issuer, UserDetailsService people) {
        this.links = links;
        this.issuer = issuer;
        this.people = people;
    }

    @GetMapping("/set-password")
    ResponseEntity<String> setPasswordPage(@RequestParam(required = false) String token, CsrfToken csrf,
                                           HttpServletRequest request) {
        PasswordLinks.Opened opened = links.open(token);
        if (opened.refusal() != null) {
            return html(HttpStatus.NOT_FOUND, PasswordPages.refused(reader(request), request.getContextPath(), opened));
        }
        return html(HttpStatus.OK, PasswordPages.setPassword(reader(request), request.getContextPath(), opened, token, csrf, Map.of()));
    }

    @PostMapping("/set-password")
    ResponseEntity<String> setPassword(@RequestParam(required = false) String token,
                                       @RequestParam(required = false) String password,
                                       @RequestParam(required = false) String confirmation, CsrfToken csrf,
                                       HttpServletRequest request, HttpServletResponse response) {
        try {
            Account account = links.use(token, password, confirmation);
            signIn(account, request, response);
            return ResponseEntity.status(HttpStatus.SEE_OTHER).header("Location", request.getContextPath() + "/").build();
        } catch (RejectedInputException e) {
            PasswordLinks.Opened opened = links.open(token);
            if (opened.refusal() != null) {
                return html(HttpStatus.NOT_FOUND, PasswordPages.refused(reader(request), request.getContextPath(), opened));
            }
            return html(HttpStatus.UNPROCESSABLE_ENTITY,
                    PasswordPages.setPassword(reader(request), request.getContextPath(), opened, token, csrf,
                            e.problems(reader(request))));
        }
    }

    @GetMapping("/forgot-password")
    ResponseEntity<String> forgotPasswordPage(CsrfToken csrf, HttpServletRequest request) {
        return html(HttpStatus.OK, PasswordPages.forgotPassword(reader(request), request.getContextPath(), csrf, null));
    }

    /** The same answer whether or not the account exists. */
    @PostMapping("/forgot-password")
    ResponseEntity<String> forgotPassword(@RequestParam(required = false) String who, CsrfToken csrf,
                                          HttpServletRequest request) {
        if (who != null && !who.isBlank() && who.length() <= 254) {
            issuer.forgotten(who);
        }
        return html(HttpStatus.OK, PasswordPages.forgotPassword(reader(request), request.getContextPath(), csrf,
                PasswordPages.text(reader(request), "people.password.sent")));
    }

    /** As a sign-in would: a new session id (no fixation), the signed-in context stored in the session. */
    private void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = people.loadUserByUsername(account.getUsername());
        request.getSession();
        request.changeSessionId();
        SecurityContextHolderStrategy strategy = SecurityContextHolder.getContextHolderStrategy();
        SecurityContext context = strategy.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        strategy.setContext(context);
        sessions.saveContext(context, request, response);
    }

    /** No one is signed in here, so the browser's language it is. */
    private static Locale reader(HttpServletRequest request) {
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8)).body(body);
    }
}
