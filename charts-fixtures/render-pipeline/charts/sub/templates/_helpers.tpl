{{- define "shared.label" -}}sub{{- end -}}
