package com.mentorflow.platform;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.mentorflow.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything. Filter chains, most specific first: engine REST (admins), the app's REST API
 * (signed-in people), actuator (health for anyone, the rest for admins), Camunda's webapps (admins, through
 * the app's login page) and the Vaadin UI (each view's own annotation). In front of all of them a filter refuses
 * writes a browser sends from another site; behind them one throttled password check; on every answer
 * {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** The one password check of every chain, throttled (the global AuthenticationManager picks it up). */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService people, PasswordEncoder passwordEncoder,
                                                  SignInThrottle throttle, SingleSignOn singleSignOn,
                                                  @Value("${mentorflow.auth.local-login:true}") boolean localLogin) {
        // Single sign-on only: no password works anywhere, neither on the login form nor in HTTP Basic.
        if (!localLogin) {
            if (!singleSignOn.configured()) {
                throw new IllegalStateException("mentorflow.auth.local-login=false needs single sign-on "
                        + "(spring.security.oauth2.client.registration.sso.*): no one could sign in.");
            }
            return new PasswordsSwitchedOff();
        }
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(people);
        passwords.setPasswordEncoder(passwordEncoder);
        // Issue 14 §6: "deactivated" is said only after the right password, so the sentence on the login page
        // tells no stranger who has left.
        passwords.setPreAuthenticationChecks(user -> { });
        passwords.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("Your Mentorflow account has been deactivated.");
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    /** Before Spring Security, so no chain (nor Camunda's webapps) sees a forged cross-site request. */
    @Bean
    FilterRegistrationBean<CrossSiteRequestFilter> crossSiteRequestFilter() {
        FilterRegistrationBean<CrossSiteRequestFilter> registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, UserDetailsService people) throws Exception {
        // Camunda applies no authorization of its own to engine REST here: this rule is the only guard.
        return http.securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .addFilterAfter(new DeactivatedSessionFilter(people, request -> false), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(Roles.ADMIN_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusalEntryPoint()))
                .headers(SecurityHeaders.app())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::unsafeCallUsingSession))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, UserDetailsService people) throws Exception {
        // Each controller states its own rule with @PreAuthorize; signing in is the floor.
        return http.securityMatcher(withDefaults().matcher("/api/**"))
                .addFilterAfter(new DeactivatedSessionFilter(people, request -> false), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusalEntryPoint()))
                // 401, 403 and a refused CSRF token as problem+json, like every other error of the API (issue 14).
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new SignInRefusalEntryPoint())
                        .accessDeniedHandler(new ApiAccessDeniedHandler()))
                .headers(SecurityHeaders.app())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::unsafeCallUsingSession))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
        // Load balancers read the status anonymously; details (database, engine) are for admins.
        return http.securityMatcher(withDefaults().matcher("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher("/actuator/health"), withDefaults().matcher("/actuator/health/**"))
                        .permitAll()
                        .anyRequest().hasRole(Roles.ADMIN_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(new SignInRefusalEntryPoint()))
                .headers(SecurityHeaders.app())
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::unsafeCallUsingSession))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, UserDetailsService people) throws Exception {
        return http.securityMatcher(withDefaults().matcher("/camunda/**"))
                .addFilterAfter(new DeactivatedSessionFilter(people, request -> true), SecurityContextHolderFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasRole(Roles.ADMIN_ROLE))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                // Camunda's webapps run their own CSRF protection (X-XSRF-TOKEN).
                .csrf(csrf -> csrf.disable())
                .headers(SecurityHeaders.camundaWebapps())
                .build();
    }

    @Bean
    @Order(5)
    SecurityFilterChain vaadinChain(HttpSecurity http, RequestUtil vaadinRequests, SingleSignOn singleSignOn,
                                  UserDetailsService people) throws Exception {
        // Single sign-on, when configured: its login and, on the Vaadin configurer below, its logout.
        singleSignOn.configure(http);
        // Setting a password from a mailed link and asking for one are for people who cannot sign in (people module).
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(withDefaults().matcher("/set-password"), withDefaults().matcher("/forgot-password")).permitAll());
        // Vaadin would exempt the login form from CSRF; it sends the token (from the page's _csrf meta tags),
        // so require it: no other site can sign a browser in as someone else. Vaadin's own requests carry
        // Vaadin's own token instead.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false);
            singleSignOn.logoutSuccessHandler().ifPresent(vaadin::logoutSuccessHandler);
        });
        http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest)
                .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                    @Override
                    public <F extends CsrfFilter> F postProcess(F filter) {
                        filter.setAccessDeniedHandler(staleLoginStartsAgain());
                        return filter;
                    }
                }));
        http.headers(SecurityHeaders.app());
        // Issue 14 §6, people leaving: a deactivated person's password sign-in and open session end on the login
        // page with a sentence (LoginView); Vaadin's own requests get "session expired" and reload to it.
        http.formLogin(form -> form.failureHandler(deactivatedOrError()));
        http.addFilterAfter(new DeactivatedSessionFilter(people, request -> !vaadinRequests.isFrameworkInternalRequest(request)),
                SecurityContextHolderFilter.class);
        return http.build();
    }

    private static AuthenticationFailureHandler deactivatedOrError() {
        ExceptionMappingAuthenticationFailureHandler handler = new ExceptionMappingAuthenticationFailureHandler();
        handler.setExceptionMappings(Map.of(DisabledException.class.getName(), "/login?deactivated"));
        handler.setDefaultFailureUrl("/login?error");
        return handler;
    }

    /**
     * Signs Spring's signed-in user into Camunda's webapps, so an admin never logs in twice. Runs right after
     * Spring Security's filter, while its security context is set.
     */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.addInitParameter("authentication-provider", SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    /**
     * A sign-in without a valid token is a login page left open until its session ran out (or a forgery): back to
     * the login page with a word of explanation. Any other missing token is a plain 403. Set on the CSRF filter
     * itself, as Vaadin's configurer replaces the chain's access-denied handler.
     */
    private static AccessDeniedHandler staleLoginStartsAgain() {
        RequestMatcher login = withDefaults().matcher(HttpMethod.POST, "/login");
        AccessDeniedHandler forbidden = new AccessDeniedHandlerImpl();
        return (request, response, refused) -> {
            if (login.matches(request)) {
                response.sendRedirect(request.getContextPath() + "/login?expired");
            } else {
                forbidden.handle(request, response, refused);
            }
        };
    }

    /**
     * A session call needs the CSRF token; a call with an Authorization header (scripts, the Camunda Modeler)
     * needs none. A browser replaying cached Basic credentials for another site is refused earlier, by
     * {@link CrossSiteRequestFilter}.
     */
    private static boolean unsafeCallUsingSession(HttpServletRequest request) {
        return !SAFE_METHODS.contains(request.getMethod()) && request.getHeader("Authorization") == null;
    }

}
