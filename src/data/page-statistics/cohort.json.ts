// data/page-statistics/cohort.json: the statistics /cohort reads without patient rows (data-loaders/page-statistics).
import {pageStatisticsLoader} from "../../../data-loaders/page-statistics/page-statistics-loader.js";

pageStatisticsLoader("cohort");
