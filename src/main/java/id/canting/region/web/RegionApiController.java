package id.canting.region.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Region reference data for forms and other systems; public. */
@RestController
@Tag(name = "Regions", description = "Provinces and regencies of Indonesia")
@RequestMapping("/api/v1/regions")
class RegionApiController {

	private final Regions regions;

	RegionApiController(Regions regions) {
		this.regions = regions;
	}

	@GetMapping("/provinces")
	List<Province> provinces() {
		return regions.provinces();
	}

	@GetMapping("/provinces/{code}/regencies")
	List<RegencyResponse> regencies(@PathVariable String code) {
		return regions.regenciesOf(code).stream().map(r -> new RegencyResponse(r.code(), r.name(), r.kind().name())).toList();
	}

	record RegencyResponse(String code, String name, String kind) {
	}
}
