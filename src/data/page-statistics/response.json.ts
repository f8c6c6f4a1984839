// data/page-statistics/response.json: the statistics /response reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("response");
