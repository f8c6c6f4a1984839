// data/page-statistics/overview.json: the statistics / reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("overview");
