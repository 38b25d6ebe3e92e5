package io.cvmjourneys.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A controller's {@code @PreAuthorize} is checked before the request's content is read. Method
 * security runs only once the arguments are bound, so without this a caller without the right who
 * sends a body or a form that does not bind (a number that is none, an unknown code, broken JSON)
 * would get the 400 meant for those who may send it, and learn what the endpoint takes. The
 * expressions name the caller and the permissions, never an argument, so they are complete here;
 * method security still checks them again when the method runs.
 */
@Configuration(proxyBeanMethods = false)
class RightsBeforeContent implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    RightsBeforeContent(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        preAuthorize.setExpressionHandler(expressions);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    AuthorizationResult result = preAuthorize.authorize(SecurityContextHolder.getContext()::getAuthentication,
                            new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                                    new Object[method.getMethod().getParameterCount()]));
                    if (result != null && !result.isGranted()) {
                        throw new AccessDeniedException("Access Denied");
                    }
                }
                return true;
            }
        });
    }
}
