{{/* The Istio image rule: an image containing "/" is used as it is, otherwise it is hub/image:tag. */}}
{{- define "mini.image" -}}
{{- if contains "/" .Values.image -}}
{{ .Values.image }}
{{- else -}}
{{ .Values.global.hub }}/{{ .Values.image }}:{{ .Values.global.tag }}
{{- end -}}
{{- end -}}
