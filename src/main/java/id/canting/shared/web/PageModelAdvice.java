package id.canting.shared.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What every page's layout needs: the demo-data banner and links to switch language in place. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	private final boolean demoMode;

	PageModelAdvice(@Value("${canting.demo.enabled:true}") boolean demoMode) {
		this.demoMode = demoMode;
	}

	@ModelAttribute
	void layout(Model model, Locale locale) {
		model.addAttribute("demoMode", demoMode);
		model.addAttribute("lang", locale.getLanguage());
		// relative links to the same page in the other language, keeping its filters
		var current = ServletUriComponentsBuilder.fromCurrentRequest().scheme(null).host(null).port(null);
		model.addAttribute("switchToIdUrl", current.replaceQueryParam("lang", "id").build().toUriString());
		model.addAttribute("switchToEnUrl", current.replaceQueryParam("lang", "en").build().toUriString());
	}
}
