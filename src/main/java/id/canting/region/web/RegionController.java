package id.canting.region.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.region.Regions;

/** The regency choice of any form, refreshed by htmx when the province changes. */
@Controller
class RegionController {

	private final Regions regions;

	RegionController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/regions/regency-options")
	String regencyOptions(@RequestParam(required = false) String provinceCode, Model model) {
		// the form's province choice is named provinceCode
		model.addAttribute("regencies", provinceCode == null || regions.province(provinceCode).isEmpty() ? List.of()
				: regions.regenciesOf(provinceCode));
		return "region/regency-options :: options";
	}
}
