// data/page-statistics/methods.json: the statistics /methods reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("methods");
