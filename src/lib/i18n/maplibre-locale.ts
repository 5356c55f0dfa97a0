// MapLibre's own texts (control labels, gesture hints) in the reader's language: MapLibre's `locale` option
// replaces its English defaults by key (the controls the maps use; the rest keep MapLibre's).
import { m } from '$lib/paraglide/messages';

export function maplibreLocale(): Record<string, string> {
	return {
		'AttributionControl.ToggleAttribution': m.maplibre_attribution(),
		'AttributionControl.MapFeedback': m.maplibre_feedback(),
		'FullscreenControl.Enter': m.maplibre_fullscreen(),
		'FullscreenControl.Exit': m.maplibre_fullscreen_exit(),
		'GeolocateControl.FindMyLocation': m.locate_button(),
		'GeolocateControl.LocationNotAvailable': m.locate_unavailable(),
		'Map.Title': m.maplibre_map(),
		'NavigationControl.ResetBearing': m.maplibre_reset_bearing(),
		'NavigationControl.ZoomIn': m.maplibre_zoom_in(),
		'NavigationControl.ZoomOut': m.maplibre_zoom_out(),
		'Popup.Close': m.maplibre_popup_close(),
		'CooperativeGesturesHandler.WindowsHelpText': m.map_gesture_desktop(),
		'CooperativeGesturesHandler.MacHelpText': m.map_gesture_mac(),
		'CooperativeGesturesHandler.MobileHelpText': m.map_gesture_mobile()
	};
}
