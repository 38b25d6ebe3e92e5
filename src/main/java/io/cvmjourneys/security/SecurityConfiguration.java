package io.cvmjourneys.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import jakarta.servlet.Filter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.authentication.logout.DelegatingLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One identity for every screen. HTTP Basic and no session for the REST APIs (what Camunda
 * Modeler uses to deploy); form login and a session for the workspace and the Camunda webapps.
 * The engine is told who the user is on both paths, so Camunda authorizations are checked.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_PAGE = "/login";

    private static final RequestMatcher METRICS = withDefaults().matcher("/actuator/prometheus");
    private static final RequestMatcher REST_APIS = new OrRequestMatcher(
            withDefaults().matcher("/engine-rest/**"), withDefaults().matcher("/api/**"), METRICS);
    private static final RequestMatcher DEPLOYMENT_CREATE =
            withDefaults().matcher(HttpMethod.POST, "/engine-rest/deployment/create");
    private static final RequestMatcher CAMUNDA_WEBAPP_API = withDefaults().matcher("/camunda/api/**");
    private static final RequestMatcher CAMUNDA_WEBAPP_LOGOUT =
            withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/{engine}/logout");

    @Bean
    @Order(1)
    SecurityFilterChain restApiFilterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(REST_APIS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DEPLOYMENT_CREATE)
                        .hasAnyAuthority(Role.CVM_MANAGER.groupId(), Role.CAMUNDA_ADMIN.groupId())
                        // what every journey, team and channel is doing: for the operators (Prometheus scrapes as one)
                        .requestMatchers(METRICS).hasAuthority(Role.CAMUNDA_ADMIN.groupId())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(JsonSecurityErrors.UNAUTHENTICATED))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(JsonSecurityErrors.UNAUTHENTICATED)
                        .accessDeniedHandler(JsonSecurityErrors.FORBIDDEN))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless, credentials on every request: there is no session for a forged request to ride on.
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webFilterChain(HttpSecurity http) throws Exception {
        DelegatingLogoutSuccessHandler logoutSuccess = new DelegatingLogoutSuccessHandler(new LinkedHashMap<>(
                Map.of(CAMUNDA_WEBAPP_LOGOUT, new HttpStatusReturningLogoutSuccessHandler(HttpStatus.OK))));
        SimpleUrlLogoutSuccessHandler toLoginPage = new SimpleUrlLogoutSuccessHandler();
        toLoginPage.setDefaultTargetUrl(LOGIN_PAGE + "?logout");
        logoutSuccess.setDefaultLogoutSuccessHandler(toLoginPage);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE, "/css/**", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/", false).permitAll())
                .requestCache(cache -> cache.requestCache(pagesToReturnTo()))
                // The webapps' own "Log out" must end the one shared session too.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                withDefaults().matcher(HttpMethod.POST, "/logout"), CAMUNDA_WEBAPP_LOGOUT))
                        .logoutSuccessHandler(logoutSuccess))
                // The webapps' XHR calls get a status they understand, not a login page.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), CAMUNDA_WEBAPP_API))
                // The Camunda webapps bring their own CSRF protection (XSRF-TOKEN cookie and header).
                .csrf(csrf -> csrf.ignoringRequestMatchers(CAMUNDA_WEBAPP_API))
                .build();
    }

    /**
     * After signing in, the user returns only to a page they opened, never to a script, a
     * translation or a webapp API call that a page made in the background after its session ended.
     */
    private static HttpSessionRequestCache pagesToReturnTo() {
        MediaTypeRequestMatcher askedForAPage = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        askedForAPage.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        askedForAPage.setUseEquals(true);
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(withDefaults().matcher(HttpMethod.GET, "/**"), askedForAPage,
                new NegatedRequestMatcher(CAMUNDA_WEBAPP_API)));
        return cache;
    }

    /**
     * An address the firewall refuses (an encoded dot or percent sign, a semicolon, a line break, …) is a
     * 400 that says which part of it, on the error page or in the API's error body; without this the
     * caller reads "No message available".
     */
    @Bean
    RequestRejectedHandler refusedAddresses() {
        return (request, response, rejected) -> response.sendError(HttpStatus.BAD_REQUEST.value(),
                "The address cannot be used: " + rejected.getMessage() + ".");
    }

    /** Sign-ins taken as read for a while (see {@link RecentSignIns}), timed by the JVM's monotonic ticker. */
    @Bean
    RecentSignIns recentSignIns(CvmSecurityProperties properties) {
        return new RecentSignIns(properties.signInReuse(), System::nanoTime);
    }

    /** Tells the engine who calls /engine-rest, so its authorizations apply to REST calls. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        return engineSeesSpringUser(new ProcessEngineAuthenticationFilter(), "/engine-rest/*");
    }

    /** Single sign-on into Cockpit, Tasklist and Admin from the Spring Security session. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        return engineSeesSpringUser(new ContainerBasedAuthenticationFilter(), "/camunda/*");
    }

    /**
     * Runs a Camunda authentication filter right after Spring Security, reading the user Spring
     * authenticated (the request's principal); the filter loads the user's groups from Camunda.
     */
    private static <F extends Filter> FilterRegistrationBean<F> engineSeesSpringUser(F filter, String urlPattern) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns(urlPattern);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
