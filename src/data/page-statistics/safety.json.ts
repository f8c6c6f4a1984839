// data/page-statistics/safety.json: the statistics /safety reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("safety");
