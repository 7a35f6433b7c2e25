package id.canting.shared.web;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: the demo-data banner and links to switch language in place. */
@ControllerAdvice(annotations = Controller.class)
class PageModelAdvice {

	private final boolean demoMode;
	private final Links links;

	PageModelAdvice(@Value("${canting.demo.enabled:true}") boolean demoMode, Links links) {
		this.demoMode = demoMode;
		this.links = links;
	}

	@ModelAttribute
	void layout(Model model, Locale locale) {
		model.addAttribute("demoMode", demoMode);
		model.addAttribute("lang", locale.getLanguage());
		model.addAttribute("switchToIdUrl", links.language("id"));
		model.addAttribute("switchToEnUrl", links.language("en"));
	}
}
