// data/page-statistics/trial-design.json: the statistics /trial-design reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("trial-design");
