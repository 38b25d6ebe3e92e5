package io.cvmjourneys.workspace;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The agent workspace's landing page and the one login page for every screen. */
@Controller
class WorkspaceController {

    static final String HOME_VIEW = "workspace/home";
    static final String LOGIN_VIEW = "login";

    @GetMapping("/")
    String showHome(Authentication authentication, Model model) {
        model.addAttribute("userId", authentication.getName());
        model.addAttribute("groups", authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
        return HOME_VIEW;
    }

    @GetMapping("/login")
    String showLogin() {
        return LOGIN_VIEW;
    }
}
