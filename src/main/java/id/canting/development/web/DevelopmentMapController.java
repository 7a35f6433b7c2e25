package id.canting.development.web;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.canting.development.internal.DevelopmentRanking;
import id.canting.development.internal.ScorePart;
import id.canting.region.Province;
import id.canting.region.Regions;
import id.canting.shared.Actor;

/**
 * The sentra map and the ranking by need: an officer sees their own province first (and may choose
 * another or all), an admin all provinces. Sentra with known coordinates are points coloured by score.
 */
@Controller
class DevelopmentMapController {

	private final DevelopmentRanking ranking;
	private final Regions regions;

	DevelopmentMapController(DevelopmentRanking ranking, Regions regions) {
		this.ranking = ranking;
		this.regions = regions;
	}

	@GetMapping("/sentra-development")
	String map(@RequestParam(required = false) String province, Actor actor, Model model) {
		String chosen = ProvinceChoice.of(province, actor);
		model.addAttribute("ranking", ranking.ranking(actor, chosen));
		model.addAttribute("province", chosen == null ? ProvinceChoice.ALL : chosen);
		model.addAttribute("provinces", regions.provinces());
		Map<String, String> names = regions.provinces().stream().collect(Collectors.toMap(Province::code, Province::name));
		model.addAttribute("provinceNames", names);
		model.addAttribute("parts", ScorePart.values());
		return "development/map";
	}
}
