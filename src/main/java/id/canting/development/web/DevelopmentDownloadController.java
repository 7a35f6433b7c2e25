package id.canting.development.web;

import java.io.IOException;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import id.canting.development.internal.DevelopmentRanking;
import id.canting.development.internal.DevelopmentRanking.RankedSentra;
import id.canting.development.internal.ScorePart;
import id.canting.region.Province;
import id.canting.region.Regency;
import id.canting.region.Regions;
import id.canting.shared.Actor;
import id.canting.shared.table.DownloadParams;
import id.canting.shared.table.TableDefinition;
import id.canting.shared.table.TableDownloads;
import id.canting.shared.web.FileDownload;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The ranking of sentra by need as CSV or XLSX ({@code ?format=csv|xlsx&lang=id|en&province=}): the map
 * page's download ({@code /sentra-development/export}, the page's province) and the API's
 * ({@code /api/v1/statistics/sentra-development/export}), one row per sentra, most in need first.
 */
@RestController
@Tag(name = "Sentra development")
class DevelopmentDownloadController {

	private final DevelopmentRanking ranking;
	private final TableDownloads downloads;
	private final TableDefinition<RankedSentra> table;

	DevelopmentDownloadController(DevelopmentRanking ranking, TableDownloads downloads, Regions regions) {
		this.ranking = ranking;
		this.downloads = downloads;
		TableDefinition<RankedSentra> definition = TableDefinition.<RankedSentra>of("sentra-development",
				"development.ranking.title")
			.number("development.col.rank", RankedSentra::rank)
			.text("field.code", RankedSentra::code)
			.text("field.name", RankedSentra::name)
			.text("field.regency", r -> regions.regency(r.regencyCode()).map(Regency::name).orElse(r.regencyCode()))
			.text("field.province", r -> regions.province(r.provinceCode()).map(Province::name).orElse(r.provinceCode()))
			.number("development.col.members", RankedSentra::activeMembers)
			.number("development.col.score", RankedSentra::score);
		for (ScorePart part : ScorePart.values()) {
			definition = definition.number("development.part." + part, r -> r.part(part));
		}
		this.table = definition.number("development.col.open-needs", RankedSentra::openNeeds)
			.number("development.col.latitude", RankedSentra::latitude)
			.number("development.col.longitude", RankedSentra::longitude);
	}

	@GetMapping("/sentra-development/export")
	void page(@RequestParam(required = false) String province, @ParameterObject @ModelAttribute DownloadParams download,
			Actor actor, HttpServletResponse response) throws IOException {
		send(ProvinceChoice.of(province, actor), actor, download, response);
	}

	@FileDownload({ FileDownload.CSV, FileDownload.XLSX })
	@GetMapping("/api/v1/statistics/sentra-development/export")
	void api(@RequestParam(required = false) String province, @ParameterObject @ModelAttribute DownloadParams download,
			Actor actor, HttpServletResponse response) throws IOException {
		send(province, actor, download, response);
	}

	private void send(String province, Actor actor, DownloadParams download, HttpServletResponse response)
			throws IOException {
		var request = download.request();
		downloads.send(response, request, table, ranking.ranking(actor, province).sentra());
	}
}
