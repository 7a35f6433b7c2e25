package id.canting.registry.web.report;

import id.canting.registry.reports.ReportFigures;
import id.canting.registry.reports.SemesterReport;
import id.canting.registry.reports.SemesterReportInput;

/** The semester report form; its property names are the field names the rules report. */
public class ReportForm {

	private String semester;
	private Integer workersMale;
	private Integer workersFemale;
	private Long productionPieces;
	private Long installedCapacity;
	private Long investmentIdr;
	private Long rawMaterialsIdr;
	private Long salesDomesticIdr;
	private Long salesExportIdr;
	private Integer machines;
	private int version;

	static ReportForm of(SemesterReport report) {
		ReportFigures f = report.figures();
		ReportForm form = new ReportForm();
		form.semester = report.semester().toString();
		form.workersMale = f.workersMale();
		form.workersFemale = f.workersFemale();
		form.productionPieces = f.productionPieces();
		form.installedCapacity = f.installedCapacity();
		form.investmentIdr = f.investmentIdr();
		form.rawMaterialsIdr = f.rawMaterialsIdr();
		form.salesDomesticIdr = f.salesDomesticIdr();
		form.salesExportIdr = f.salesExportIdr();
		form.machines = f.machines();
		form.version = report.version();
		return form;
	}

	SemesterReportInput toInput() {
		return new SemesterReportInput(semester, workersMale, workersFemale, productionPieces, installedCapacity,
				investmentIdr, rawMaterialsIdr, salesDomesticIdr, salesExportIdr, machines);
	}

	public String getSemester() { return semester; }
	public void setSemester(String semester) { this.semester = semester; }
	public Integer getWorkersMale() { return workersMale; }
	public void setWorkersMale(Integer workersMale) { this.workersMale = workersMale; }
	public Integer getWorkersFemale() { return workersFemale; }
	public void setWorkersFemale(Integer workersFemale) { this.workersFemale = workersFemale; }
	public Long getProductionPieces() { return productionPieces; }
	public void setProductionPieces(Long productionPieces) { this.productionPieces = productionPieces; }
	public Long getInstalledCapacity() { return installedCapacity; }
	public void setInstalledCapacity(Long installedCapacity) { this.installedCapacity = installedCapacity; }
	public Long getInvestmentIdr() { return investmentIdr; }
	public void setInvestmentIdr(Long investmentIdr) { this.investmentIdr = investmentIdr; }
	public Long getRawMaterialsIdr() { return rawMaterialsIdr; }
	public void setRawMaterialsIdr(Long rawMaterialsIdr) { this.rawMaterialsIdr = rawMaterialsIdr; }
	public Long getSalesDomesticIdr() { return salesDomesticIdr; }
	public void setSalesDomesticIdr(Long salesDomesticIdr) { this.salesDomesticIdr = salesDomesticIdr; }
	public Long getSalesExportIdr() { return salesExportIdr; }
	public void setSalesExportIdr(Long salesExportIdr) { this.salesExportIdr = salesExportIdr; }
	public Integer getMachines() { return machines; }
	public void setMachines(Integer machines) { this.machines = machines; }
	public int getVersion() { return version; }
	public void setVersion(int version) { this.version = version; }
}
