package id.canting.statistics.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data page: what can be downloaded, in which formats, under which definition. */
@Controller
class OpenDataController {

	@GetMapping("/open-data")
	String openData() {
		return "statistics/open-data";
	}
}
